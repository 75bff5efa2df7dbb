"use server";
// Server actions of the criteria pages. authedAction checks criteria:manage; the services check it again.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction, formAction } from "@/lib/auth/action";
import { checkedFile } from "@/lib/files/upload";
import { copyCriteriaSet, importCriteriaSet, saveCriteriaSet } from "@/lib/criteria/editor-service";
import { switchRoundCriteriaSet } from "@/lib/criteria/round-switch";

const id = z.coerce.number().int().positive();

export const saveCriteriaSetAction = authedAction(
  "criteria:manage",
  z.object({ setId: id, json: z.unknown(), expectedUpdatedAt: z.string().optional() }),
  async (input, user) => {
    const outcome = await saveCriteriaSet(user, {
      setId: input.setId,
      json: input.json,
      ...(input.expectedUpdatedAt ? { expectedUpdatedAt: input.expectedUpdatedAt } : {}),
    });
    revalidatePath("/tieu-chi");
    return outcome;
  },
);

const copy = authedAction(
  "criteria:manage",
  z.object({
    fromId: id,
    year: z.coerce
      .number({ message: "Nhập năm" })
      .int("Năm là số nguyên")
      .min(2000, "Năm từ 2000")
      .max(2100, "Năm đến 2100"),
  }),
  async (input, user) => {
    const r = await copyCriteriaSet(user, input);
    revalidatePath("/tieu-chi");
    redirect(`/tieu-chi/${r.id}/sua?da-sao-chep=1`);
  },
);
export const copyCriteriaSetAction = formAction(copy);

const importSet = authedAction("criteria:manage", z.object({ file: z.unknown() }), async (input, user) => {
  const file = checkedFile(input.file, {
    label: "tệp JSON bộ tiêu chí",
    extensions: [".json"],
    maxBytes: 2 * 1024 * 1024,
  })!;
  const r = await importCriteriaSet(user, await file.text());
  revalidatePath("/tieu-chi");
  return r;
});
export const importCriteriaSetAction = formAction(importSet);

const switchRound = authedAction(
  "criteria:manage",
  z.object({ roundId: id, setId: id }),
  async (input, user) => {
    const r = await switchRoundCriteriaSet(user, input);
    revalidatePath("/tieu-chi");
    // The button disappears once the round uses this version, so the confirmation lives on the page.
    redirect(`/tieu-chi/${input.setId}?da-chuyen=${r.roundId}&so-diem=${r.moved}`);
  },
);
export const switchRoundAction = formAction(switchRound);
