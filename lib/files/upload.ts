// The file part of a multipart request or form, checked the same way everywhere (issue 15: the same
// upload error answered 400/413, 422 or 400/422 depending on the route). One status per kind:
// no file, an empty file or a file of the wrong kind is 422; a file over the size limit is 413.
// Each refusal names the form field, so the form shows it beside the input.
import { fieldError } from "../errors";

export type UploadRule = {
  /** what the file is, in the message: "tệp CSV kết quả điều tra" */
  label: string;
  maxBytes: number;
  /** file name endings accepted, e.g. [".csv", ".xlsx"]; any when absent */
  extensions?: readonly string[];
  /** the form field; "file" by default */
  field?: string;
};

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`.replace(".", ",");

/** The file sent in `field`, or a DomainError (422, or 413 when too large) naming that field. */
export function uploadedFile(form: FormData | null, rule: UploadRule & { optional?: false }): File;
/** The file sent in `field`, null when none was sent; a sent file is checked like a required one. */
export function uploadedFile(form: FormData | null, rule: UploadRule & { optional: true }): File | null;
export function uploadedFile(form: FormData | null, rule: UploadRule & { optional?: boolean }): File | null {
  return checkedFile(form?.get(rule.field ?? "file"), rule);
}

/** The same checks on a value already taken from a form (a server action's input). */
export function checkedFile(value: unknown, rule: UploadRule & { optional?: boolean }): File | null {
  const refuse = uploadRefusals(rule);
  if (!(value instanceof File) || (value.size === 0 && value.name === "")) {
    if (rule.optional) return null;
    throw refuse.missing();
  }
  if (value.size === 0) throw refuse.empty(value.name);
  const kind = refuse.wrongKind(value.name);
  if (kind) throw kind;
  if (value.size > rule.maxBytes) throw refuse.tooLarge();
  return value;
}

/** Each refusal of an upload, naming the form field (also used by a streamed upload). */
export function uploadRefusals(rule: UploadRule) {
  const field = rule.field ?? "file";
  const ext = rule.extensions;
  return {
    missing: () => fieldError(field, `Chọn ${rule.label}`),
    empty: (name: string) => fieldError(field, `Tệp "${name}" rỗng`),
    /** null when the name ends as the rule asks */
    wrongKind: (name: string) =>
      ext && !ext.some((e) => name.toLowerCase().endsWith(e))
        ? fieldError(field, `Chỉ nhận tệp ${ext.join(" hoặc ")} (tệp gửi lên: "${name}")`)
        : null,
    tooLarge: () => fieldError(field, `Tệp lớn hơn ${mb(rule.maxBytes)}`, 413),
  };
}
