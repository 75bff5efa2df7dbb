import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chỉ số CCHC", template: "%s · Chỉ số CCHC" },
  description: "Theo dõi, đánh giá Chỉ số cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
