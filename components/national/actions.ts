"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, formAction } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { checkNationalResult } from "@/lib/national/result-input";
import { saveNationalResult, setFieldLeads } from "@/lib/national/store";
import { NATIONAL_INDICES } from "@/lib/national/indices";
import { fmt2 } from "@/lib/format";

const anyForm = z.record(z.string(), z.unknown());

const save = authedAction("national:manage", anyForm, async (input, user) => {
  const checked = checkNationalResult(input, new Date().toISOString().slice(0, 10));
  if ("errors" in checked)
    throw new DomainError(
      "Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.",
      422,
      checked.errors,
    );
  const v = checked.value;
  const outcome = await saveNationalResult(v, "form", { id: user.id, username: user.username });
  revalidatePath("/chi-so-quoc-gia");
  revalidatePath("/tong-quan");
  const what = `${NATIONAL_INDICES[v.index].short} năm ${v.year}: ${fmt2(v.score)}${v.rank ? `, hạng ${v.rank}/${v.outOf}` : ""}`;
  return outcome === "unchanged" ? `Không có thay đổi (${what}).` : `Đã lưu ${what}.`;
});

const leads = authedAction("national:manage", anyForm, async (input, user) => {
  const index = typeof input.index === "string" ? input.index : "";
  const list = Object.entries(input)
    .filter(([k]) => k.startsWith("lead_"))
    .map(([k, v]) => ({
      fieldCode: k.slice(5),
      unitId: typeof v === "string" && /^\d+$/.test(v) ? Number(v) : null,
    }));
  const changed = await setFieldLeads(index, list, { id: user.id, username: user.username });
  revalidatePath("/chi-so-quoc-gia");
  revalidatePath("/tong-quan");
  return changed ? `Đã lưu phân công (${changed} lĩnh vực thay đổi).` : "Không có thay đổi.";
});

export const saveNationalResultAction = formAction(save);
export const saveFieldLeadsAction = formAction(leads);
