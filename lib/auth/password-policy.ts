// The password policy of accounts set in the app or the CLI (issue 18, finding 7). Pure.
// - at least 10 characters (12 for Home Affairs administrators, who can create accounts);
// - at most 72 bytes: bcrypt ignores anything after them, so a longer one is refused, not cut;
// - not one of the 12,000 most common passwords (lib/auth/common-passwords.json) and not built on
//   the user name. (Demo accounts are written by the demo seed, outside this policy.)
// The list: the most used 8+ character passwords of @zxcvbn-ts/language-common 4.1.3 (MIT licence),
// lower case, with Vietnamese habits (matkhau123, vietnam@123 …) in front.
import COMMON from "./common-passwords.json";

export const USERNAME = /^[a-z0-9._-]{3,50}$/;
export const USERNAME_RULE = "3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang";
const MAX_BYTES = 72;

let common: Set<string> | null = null;
const commonPasswords = () => (common ??= new Set(COMMON as string[]));

/** What is wrong with a password for this account, in Vietnamese, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  account: { username: string; role: string },
): string | null {
  const min = account.role === "ADMIN" ? 12 : 10;
  if ([...password].length < min)
    return `Mật khẩu cần ít nhất ${min} ký tự${account.role === "ADMIN" ? " đối với tài khoản quản trị" : ""}`;
  if (Buffer.byteLength(password, "utf8") > MAX_BYTES)
    return `Mật khẩu dài quá ${MAX_BYTES} byte (chữ có dấu tính 2–3 byte): phần sau sẽ bị bỏ qua nên không được dùng`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác";
  if (account.username.length >= 3 && lower.includes(account.username.toLowerCase()))
    return "Mật khẩu không được chứa tên đăng nhập";
  if (new Set(lower).size < 4) return "Mật khẩu cần ít nhất 4 ký tự khác nhau";
  return null;
}
