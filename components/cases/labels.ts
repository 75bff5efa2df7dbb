import { CHANNEL_LABELS, LEVEL_LABELS } from "@/lib/labels";

export { CHANNEL_LABELS };
export const APOLOGY_FILTERS: Record<string, string> = {
  none: "Chưa có thư xin lỗi",
  sent: "Đã gửi thư",
  inTime: "Gửi thư đúng hạn",
  notInTime: "Gửi thư không đúng hạn",
};
export const levelLabel = (k: string | number) => LEVEL_LABELS[String(k)] ?? String(k);
export const channelLabel = (k: string | number) => CHANNEL_LABELS[String(k)] ?? String(k);
export const monthLabel = (k: string | number) => {
  const [y, m] = String(k).split("-");
  return `Tháng ${Number(m)}/${y}`;
};
