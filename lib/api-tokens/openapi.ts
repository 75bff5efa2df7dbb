// The OpenAPI 3 description of the API for one-stop-shop systems, served at /api/v1/openapi.json.
import { CASE_STATUSES } from "../cases/case-row";
import { MAX_CASES_PER_REQUEST } from "./limits";

const date = (description: string) => ({
  type: "string",
  description: `${description}. YYYY-MM-DD, YYYY-MM-DDTHH:mm[:ss], dd/mm/yyyy hoặc dd/mm/yyyy HH:mm, giờ Việt Nam (UTC+7)`,
  example: "2024-03-15T08:30",
});

const fact = (description: string) => ({
  oneOf: [{ type: "integer", enum: [0, 1] }, { type: "boolean" }, { type: "string", enum: ["có", "không"] }],
  nullable: true,
  description: `${description}. Để trống (null) khi không có thông tin: giữ giá trị đã lưu.`,
});

export function openApiDocument() {
  const rowError = {
    type: "object",
    required: ["row", "column", "message"],
    properties: {
      row: { type: "integer", description: "vị trí trong mảng + 1" },
      column: { type: "string" },
      message: { type: "string" },
    },
  };
  return {
    openapi: "3.0.3",
    info: {
      title: "Chỉ số CCHC — API tiếp nhận hồ sơ TTHC",
      version: "1.0.0",
      description:
        "Hệ thống một cửa gửi hồ sơ thủ tục hành chính. Mỗi hồ sơ được nhận diện bởi ma_ho_so: gửi lại cùng dữ liệu không thay đổi gì; gửi dữ liệu khác thì cập nhật. Một lô có một hồ sơ lỗi thì không ghi gì (tất cả hoặc không có gì).",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "Mã truy cập do Sở Nội vụ cấp (Quản trị → Mã truy cập API). Mã có thể chỉ được gửi hồ sơ của một đơn vị.",
        },
      },
      schemas: {
        Case: {
          type: "object",
          required: ["ma_ho_so", "ma_don_vi", "kenh", "ngay_tiep_nhan", "ngay_hen_tra"],
          properties: {
            ma_ho_so: { type: "string", maxLength: 100, description: "mã hồ sơ, duy nhất" },
            ma_don_vi: { type: "string", description: "mã đơn vị trong hệ thống" },
            ma_tthc: { type: "string", nullable: true },
            linh_vuc: { type: "string", nullable: true },
            kenh: {
              oneOf: [{ type: "integer", enum: [1, 2, 3] }, { type: "string" }],
              description: "1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích (nhận cả chữ)",
            },
            ngay_tiep_nhan: date("ngày tiếp nhận"),
            ngay_hen_tra: date("ngày hẹn trả"),
            ngay_ket_thuc_xu_ly: { ...date("ngày kết thúc xử lý; để trống khi đang xử lý"), nullable: true },
            ngay_tra_ket_qua: { ...date("ngày trả kết quả"), nullable: true },
            trang_thai: {
              type: "string",
              enum: [...CASE_STATUSES],
              nullable: true,
              description: "mặc định: da_xu_ly khi có ngày kết thúc xử lý, nếu không dang_xu_ly",
            },
            so_lan_bo_sung: { type: "integer", minimum: 0, nullable: true },
            so_ngay_cho_bo_sung: { type: "integer", minimum: 0, nullable: true },
            ngay_thu_xin_loi: { ...date("ngày gửi thư xin lỗi"), nullable: true },
            // QĐ 766 facts: 1 có, 0 không; null (or absent) = not reported, keeps what was stored
            so_hoa_ho_so: fact("thành phần hồ sơ đã được số hóa khi tiếp nhận (QĐ 766, nhóm số hóa hồ sơ)"),
            so_hoa_ket_qua: fact(
              "kết quả giải quyết được cấp/số hóa dạng điện tử; để trống nếu TTHC không trả kết quả bằng giấy",
            ),
            tai_su_dung_du_lieu: fact("hồ sơ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa"),
            thanh_toan_truc_tuyen: fact(
              "hồ sơ có phí, lệ phí: 1 đã thanh toán trực tuyến, 0 thanh toán cách khác; để trống nếu không có phí",
            ),
            dong_bo: fact("trạng thái hồ sơ đã được đồng bộ lên Cổng Dịch vụ công quốc gia"),
          },
        },
        RowError: rowError,
      },
    },
    paths: {
      "/api/v1/cases": {
        post: {
          summary: "Gửi một lô hồ sơ TTHC",
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "array",
                  minItems: 1,
                  maxItems: MAX_CASES_PER_REQUEST,
                  items: { $ref: "#/components/schemas/Case" },
                },
              },
            },
          },
          responses: {
            "200": {
              description: "Đã ghi",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      ok: { type: "boolean" },
                      rows: { type: "integer" },
                      inserted: { type: "integer" },
                      updated: { type: "integer" },
                      unchanged: { type: "integer" },
                    },
                  },
                },
              },
            },
            "400": { description: "Không phải mảng JSON hoặc mảng trống" },
            "401": { description: "Thiếu mã truy cập, mã sai hoặc đã bị thu hồi" },
            "413": { description: `Quá ${MAX_CASES_PER_REQUEST} hồ sơ` },
            "422": {
              description: "Có hồ sơ lỗi; không ghi gì",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      ok: { type: "boolean", enum: [false] },
                      errors: { type: "array", items: { $ref: "#/components/schemas/RowError" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
