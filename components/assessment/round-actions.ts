"use server";
// Server actions of the rounds admin page; the services check the permission again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, formAction } from "@/lib/auth/action";
import {
  createRound,
  roundInput,
  setRoundStatus,
  setWindow,
  statusInput,
  windowInput,
} from "@/lib/assessment/rounds";
import { publishAsUser } from "@/lib/assessment/publication";

const create = authedAction("rounds:manage", roundInput, async (input, user) => {
  const round = await createRound(user, input);
  revalidatePath("/dot-danh-gia");
  return { id: round.id };
});

const window = authedAction("rounds:manage", windowInput, async (input, user) => {
  await setWindow(user, input);
  revalidatePath(`/dot-danh-gia/${input.roundId}`);
  return { roundId: input.roundId };
});

const status = authedAction("rounds:manage", statusInput, async (input, user) => {
  await setRoundStatus(user, input);
  revalidatePath(`/dot-danh-gia/${input.roundId}`);
  return { roundId: input.roundId };
});

const publishInput = z.object({
  roundId: z.coerce.number().int().positive(),
  reason: z
    .string()
    .trim()
    .max(1000, { message: "Lý do tối đa 1000 ký tự" })
    .optional()
    .transform((v) => v || null),
});
const publish = authedAction("results:publish", publishInput, async (input, user) => {
  const r = await publishAsUser(user, input.roundId, input.reason);
  revalidatePath(`/dot-danh-gia/${input.roundId}`);
  return r;
});

export const createRoundAction = formAction(create);
export const setWindowAction = formAction(window);
export const setStatusAction = formAction(status);
export const publishAction = formAction(publish);
