// Evidence attachments are PDF files of at most 10 MB. The type is read from the content (a PDF
// starts with "%PDF-"), not from the name or the browser's claim. Pure.
import { sniffMime } from "../files/storage";

export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export function pdfProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "Tệp đính kèm trống";
  if (bytes.length > MAX_PDF_BYTES)
    return `Tệp đính kèm lớn hơn 10 MB (${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} MB)`;
  if (sniffMime(bytes) !== "application/pdf")
    return "Tệp đính kèm phải là PDF (nội dung tệp không phải định dạng PDF)";
  return null;
}
