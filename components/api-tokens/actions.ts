"use server";
import { revalidatePath } from "next/cache";
import { authedAction, formAction } from "@/lib/auth/action";
import {
  issueApiToken,
  issueTokenInput,
  revokeApiToken,
  revokeTokenInput,
} from "@/lib/api-tokens/api-tokens";

const issue = authedAction("tokens:manage", issueTokenInput, async (input, user) => {
  const r = await issueApiToken(input, user);
  revalidatePath("/quan-tri/api-tokens");
  return r;
});

const revoke = authedAction("tokens:manage", revokeTokenInput, async (input, user) => {
  await revokeApiToken(input.id, user);
  revalidatePath("/quan-tri/api-tokens");
});

export const issueTokenAction = formAction(issue);
export const revokeTokenAction = formAction(revoke);
