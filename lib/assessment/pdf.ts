// Evidence attachments are PDF files of at most 10 MB. The type is read from the content (a PDF
// starts with "%PDF-"), not from the name or the browser's claim. Pure.
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export function pdfProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "Tệp đính kèm trống";
  if (bytes.length > MAX_PDF_BYTES) return `Tệp đính kèm lớn hơn 10 MB (${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} MB)`;
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head !== "%PDF-") return "Tệp đính kèm phải là PDF (nội dung tệp không phải định dạng PDF)";
  return null;
}

/** A display name: the base name only, no control characters, at most 200 characters. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().normalize("NFC");
  return (clean || "tai-lieu.pdf").slice(0, 200);
}
