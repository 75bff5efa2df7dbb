"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, formAction } from "@/lib/auth/action";
import {
  createUser,
  passwordReset,
  resetPassword,
  updateUser,
  userInput,
  userUpdate,
} from "@/lib/users/users";

const create = authedAction("users:manage", userInput, async (input, user) => {
  const r = await createUser(input, user);
  revalidatePath("/quan-tri");
  return r;
});

const update = authedAction("users:manage", userUpdate, async (input, user) => {
  const r = await updateUser(input, user);
  revalidatePath("/quan-tri");
  return r;
});

export const createUserAction = formAction(create);
export const updateUserAction = formAction(update);

const reset = authedAction("users:manage", passwordReset, async (input, user) => resetPassword(input, user));

export const resetPasswordAction = formAction(reset);

// the daily notices now, as the 07:00 schedule would run them (deadline scan, then the digests)
const runNotices = authedAction("users:manage", z.object({}), async () => {
  const { runDailyNotices } = await import("@/lib/notices/daily");
  const r = await runDailyNotices();
  revalidatePath("/quan-tri/thu-da-gui");
  return r;
});
export const runNoticesAction = formAction(runNotices);
