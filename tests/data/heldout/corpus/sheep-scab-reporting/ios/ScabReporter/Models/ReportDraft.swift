import Foundation

struct ReportDraft: Codable {
    var farmerName: String
    var mobileNo: String
    var imei: String
}

extension ReportDraft {
    static let preview = ReportDraft(
        farmerName: "Niamh O'Sullivan",
        mobileNo: "07862 074716",
        imei: "353704677594368"
    )

    static let empty = ReportDraft(farmerName: "", mobileNo: "", imei: "")
}

let apiToken = ProcessInfo.processInfo.environment["SCAB_API_TOKEN"] ?? ""
