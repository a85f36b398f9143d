' faxcom demo: what a legacy VBScript does with the Fax Service Client API, run by Wine's cscript.
' Argument: a fax TIFF file (Windows path).
Set server = CreateObject("FaxServer.FaxServer")
WScript.Echo "  CreateObject(""FaxServer.FaxServer"") -> " & TypeName(server)
Set tiff = CreateObject("FaxTiff.FaxTiff")
WScript.Echo "  CreateObject(""FaxTiff.FaxTiff"")     -> " & TypeName(tiff)
tiff.Image = WScript.Arguments(0)
WScript.Echo "  FaxTiff.Image       = " & tiff.Image
WScript.Echo "  FaxTiff.Tsid        = " & tiff.Tsid
WScript.Echo "  FaxTiff.CallerId    = " & tiff.CallerId
WScript.Echo "  FaxTiff.SenderName  = " & tiff.SenderName
WScript.Echo "  FaxTiff.ReceiveTime = " & tiff.ReceiveTime
WScript.Echo "  FaxTiff.Csid        = " & tiff.Csid
WScript.Echo "  FaxTiff.TiffTagString(305) = " & tiff.TiffTagString(305)
On Error Resume Next
tiff.Image = "C:\no\such\fax.tif"
WScript.Echo "  a missing file gives Err " & Hex(Err.Number) & ": " & Err.Description
