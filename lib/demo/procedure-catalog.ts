// Procedures of the demo province by level (codes in the style of the national database).
export type DemoProcedure = { code: string; name: string; field: string };

export const DEMO_PROCEDURES: Record<"tinh" | "huyen" | "xa", DemoProcedure[]> = {
  tinh: [
    { code: "1.001612", name: "Cấp giấy chứng nhận đăng ký đầu tư", field: "Đầu tư" },
    { code: "1.004227", name: "Cấp giấy phép xây dựng công trình cấp I, II", field: "Xây dựng" },
    { code: "1.002355", name: "Cấp giấy phép lái xe", field: "Đường bộ" },
    { code: "1.001766", name: "Cấp phiếu lý lịch tư pháp", field: "Lý lịch tư pháp" },
    { code: "1.003012", name: "Cấp chứng chỉ hành nghề dược", field: "Dược phẩm" },
    { code: "1.000775", name: "Cấp giấy phép môi trường", field: "Môi trường" },
    { code: "2.001824", name: "Đăng ký thành lập doanh nghiệp", field: "Thành lập doanh nghiệp" },
    { code: "1.005088", name: "Công nhận trường đạt chuẩn quốc gia", field: "Giáo dục" },
  ],
  huyen: [
    { code: "1.003554", name: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", field: "Đất đai" },
    { code: "1.001088", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ", field: "Xây dựng" },
    { code: "2.000881", name: "Đăng ký hộ kinh doanh", field: "Thành lập hộ kinh doanh" },
    { code: "1.001195", name: "Đăng ký khai sinh có yếu tố nước ngoài", field: "Hộ tịch" },
    { code: "1.000894", name: "Cấp giấy phép bán lẻ rượu", field: "Lưu thông hàng hóa" },
    { code: "2.000635", name: "Chứng thực bản sao từ bản chính", field: "Chứng thực" },
  ],
  xa: [
    { code: "1.001193", name: "Đăng ký khai sinh", field: "Hộ tịch" },
    { code: "1.000656", name: "Đăng ký khai tử", field: "Hộ tịch" },
    { code: "1.001022", name: "Đăng ký kết hôn", field: "Hộ tịch" },
    { code: "2.000908", name: "Chứng thực chữ ký", field: "Chứng thực" },
    { code: "2.000815", name: "Chứng thực bản sao từ bản chính", field: "Chứng thực" },
    { code: "1.004946", name: "Xác nhận tình trạng hôn nhân", field: "Hộ tịch" },
    { code: "1.001699", name: "Giải quyết trợ cấp xã hội hằng tháng", field: "Bảo trợ xã hội" },
  ],
};
