"use server";
// Server actions of the case pages: the feedback (PAKN) file uploaded from its page, the same import
// as `npm run cchc -- import feedback`; a procedure removed from a catalogue.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, formAction } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { checkedFile } from "@/lib/files/upload";
import { readTable } from "@/lib/csv/read-xlsx";
import { formatRowError } from "@/lib/csv/read-csv";
import { FEEDBACK_OPTIONAL, FEEDBACK_REQUIRED } from "@/lib/feedback/feedback-file";
import { importFeedback } from "@/lib/feedback/import-feedback";
import { removeProcedure, removeProcedureInput } from "@/lib/procedures/remove-procedure";

const importFeedbackFile = authedAction(
  "cases:import",
  z.object({ file: z.unknown() }),
  async (input, user) => {
    const file = checkedFile(input.file, {
      label: "tệp CSV hoặc XLSX phản ánh, kiến nghị",
      extensions: [".csv", ".xlsx"],
      maxBytes: 20 * 1024 * 1024,
    })!;
    const table = await readTable(file.name, Buffer.from(await file.arrayBuffer()), {
      required: FEEDBACK_REQUIRED,
      optional: FEEDBACK_OPTIONAL,
    });
    const r = await importFeedback(table, { id: user.id, username: user.username }, "web");
    if (r.errors.length)
      throw new DomainError(`Không nhập gì: tệp có ${r.errors.length} lỗi.`, 422, {
        file: r.errors.slice(0, 200).map(formatRowError),
      });
    revalidatePath("/ho-so-tthc/phan-anh");
    return { rows: r.rows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged };
  },
);
export const importFeedbackAction = formAction(importFeedbackFile);

// Home Affairs keeps the procedures catalogue (it imports it): cases:import.
const removeProcedureFromCatalogue = authedAction(
  "cases:import",
  removeProcedureInput,
  async ({ id }, user) => {
    await removeProcedure(id, { id: user.id, username: user.username });
    revalidatePath("/ho-so-tthc/thu-tuc");
  },
);

export const removeProcedureAction = formAction(removeProcedureFromCatalogue);
