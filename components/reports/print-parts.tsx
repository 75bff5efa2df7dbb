// The parts of a printed report: the issuing office above, the signature block below. Shown only on paper.
import { documentDateLine } from "@/lib/reports/print-date";
import { issuerOf } from "@/lib/reports/issuer";
import { env } from "@/lib/env";

export function PrintHeader({ title, subtitle }: { title: string; subtitle?: string }) {
  const { authority } = issuerOf(env.CCHC_PROVINCE);
  return (
    <div className="print-header print-only mb-4 text-center">
      <div className="flex justify-between text-sm">
        <p className="font-semibold" data-testid="issuer">
          {authority}
          <br />
          SỞ NỘI VỤ
        </p>
        <p className="font-semibold">
          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          <br />
          <span className="font-normal">Độc lập - Tự do - Hạnh phúc</span>
        </p>
      </div>
      <p className="mt-6 text-lg font-bold uppercase">{title}</p>
      {subtitle ? <p className="text-sm">{subtitle}</p> : null}
    </div>
  );
}

export function SignatureBlock({ date = new Date() }: { date?: Date }) {
  return (
    <div className="print-only mt-8 break-inside-avoid text-sm" data-testid="signature-block">
      <p className="text-right italic">{documentDateLine(date, issuerOf(env.CCHC_PROVINCE).place)}</p>
      <div className="mt-2 grid grid-cols-2 text-center font-semibold">
        <div>
          NGƯỜI LẬP BIỂU<p className="font-normal italic">(Ký, ghi rõ họ tên)</p>
        </div>
        <div>
          GIÁM ĐỐC SỞ NỘI VỤ<p className="font-normal italic">(Ký tên, đóng dấu)</p>
        </div>
      </div>
      <div className="h-24" />
    </div>
  );
}
