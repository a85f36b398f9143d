' SPDX-License-Identifier: LGPL-2.1-or-later
' FaxTiff from VBScript: CreateObject by ProgID, properties of a TIFF as HylaFAX writes it,
' "Unavailable" for missing values, and Err.Number/Err.Description on bad input.
' Argument: the directory made by tests/fixtures/make-test-tiffs.
Plan 22
dir = WScript.Arguments(0)

Set tiff = CreateObject("FaxTiff.FaxTiff")
Check IsObject(tiff), "CreateObject(""FaxTiff.FaxTiff"")"
Set tiff1 = CreateObject("FaxTiff.FaxTiff.1")
Check IsObject(tiff1), "CreateObject(""FaxTiff.FaxTiff.1"")"

On Error Resume Next
x = tiff.Tsid
CheckEqual Hex(Err.Number), "8000000E", "Tsid before Image fails"
Check InStr(Err.Description, "Image") > 0, "and says Image must be set: " & Err.Description
Err.Clear
On Error GoTo 0

tiff.Image = dir & "\fax-hylafax.tif"
CheckEqual tiff.Image, dir & "\fax-hylafax.tif", "Image reads back"
CheckEqual tiff.Tsid, "+1 555 0100", "Tsid from ImageDescription"
CheckEqual tiff.CallerId, "5550100", "CallerId"
CheckEqual tiff.SenderName, "JOHN DOE", "SenderName"
CheckEqual tiff.Routing, "4711", "Routing from the subaddress"
CheckEqual tiff.ReceiveTime, "2024-03-05 14:07:09", "ReceiveTime"
CheckEqual tiff.Csid, "Unavailable", "Csid is Unavailable"
CheckEqual tiff.RecipientName, "Unavailable", "RecipientName is Unavailable"
CheckEqual VarType(tiff.RawReceiveTime), vbDate, "RawReceiveTime is a date"
CheckEqual Year(tiff.RawReceiveTime), 2024, "RawReceiveTime year"
CheckEqual tiff.TiffTagString(305), "HylaFAX (tm) Version 6.0.7", "TiffTagString(305)"
CheckEqual tiff.TiffTagString(256), "1728", "TiffTagString(256)"
CheckEqual tiff.TiffTagString(40001), "Unavailable", "absent tag"

On Error Resume Next
tiff.Image = dir & "\not-a-tiff.tif"
CheckEqual Hex(Err.Number), "8007000B", "not a TIFF fails"
Check Len(Err.Description) > 10, "with a description: " & Err.Description
Err.Clear
tiff.Image = dir & "\ifd-loop.tif"
CheckEqual Hex(Err.Number), "8007000B", "IFD loop fails: " & Err.Description
Err.Clear
tiff.Image = dir & "\missing.tif"
CheckEqual Hex(Err.Number), "80070002", "missing file fails: " & Err.Description
Err.Clear
On Error GoTo 0
CheckEqual tiff.Tsid, "+1 555 0100", "the previous image stays selected"
