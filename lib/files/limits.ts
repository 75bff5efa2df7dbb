// What an upload may be: shared by the storage module and the forms (pure, safe in the browser).
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp";
