' SPDX-License-Identifier: LGPL-2.1-or-later
' FaxTiff on the fax modem B received (fetched from HylaFAX's receive queue by the runner).
' Arguments: TIFF_DIR RECEIVED_TIFF SENDER_ID
Plan 4
Set tiff = CreateObject("FaxTiff.FaxTiff")
tiff.Image = WScript.Arguments(1)
CheckEqual tiff.Tsid, WScript.Arguments(2), "Tsid is the sending modem's identifier"
Check Abs(Now - tiff.RawReceiveTime) < 1, "RawReceiveTime is plausible: " & tiff.RawReceiveTime
Check Len(tiff.ReceiveTime) = 19, "ReceiveTime: " & tiff.ReceiveTime
CheckEqual tiff.TiffTagString(256), "1728", "a fax page: 1728 pixels wide"
