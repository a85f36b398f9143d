' SPDX-License-Identifier: LGPL-2.1-or-later
' FaxPorts/FaxPort/FaxStatus/routing on two real modems, logged in WITHOUT administrator
' rights: reading works (Rings, Receive and Priority, which hfaxd shows only to
' administrators, answer faxcom's documented stand-ins), every change is refused (CanModify FALSE).
' Arguments: TIFF_DIR SERVER MODEM_A_ID MODEM_B_ID
Plan 23
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)
Set ports = server.GetPorts
CheckEqual ports.Count, 2, "two ports (one per modem)"
Set again = server.GetPorts
CheckEqual again.Item(1).DeviceId, ports.Item(1).DeviceId, "DeviceId is stable across calls"
Check ports.Item(1).DeviceId <> ports.Item(2).DeviceId, "and differs between ports"
ids = ports.Item(1).Csid & "|" & ports.Item(2).Csid
Check InStr(ids, WScript.Arguments(2)) > 0 And InStr(ids, WScript.Arguments(3)) > 0, "Csid is each modem's identifier: " & ids
Set port = ports.Item(1)
CheckEqual port.Tsid, port.Csid, "Tsid is the same LocalIdentifier"
Check Len(port.Name) > 0, "Name: " & port.Name
CheckEqual port.Send, 1, "Send: a faxgetty serves the modem"
CheckEqual port.CanModify, 0, "CanModify is FALSE without administrator rights"
CheckEqual port.Rings, 1, "Rings: 1 while a faxgetty serves the modem (stand-in)"
CheckEqual port.Receive, 1, "Receive: a faxgetty answers (stand-in)"
CheckEqual port.Priority, 1, "Priority: the first port's position (stand-in)"
CheckEqual ports.Item(2).Priority, 2, "and the second port's"
On Error Resume Next
port.Receive = True
CheckEqual Hex(Err.Number), "80070005", "setting Receive is refused: " & Err.Description
Err.Clear
port.Rings = 3
CheckEqual Hex(Err.Number), "80070005", "setting Rings is refused: " & Err.Description
Err.Clear
port.Tsid = "+1 555 9999"
CheckEqual Hex(Err.Number), "80070005", "setting Tsid is refused"
Err.Clear
port.Send = False
CheckEqual Hex(Err.Number), "80004001", "Send cannot be switched through HylaFAX"
Err.Clear
On Error GoTo 0
Set status = port.GetStatus
Check InStr(status.Description, "idle") > 0, "FaxStatus.Description: " & status.Description
CheckEqual status.DeviceName, port.Name, "FaxStatus.DeviceName"
CheckEqual status.Send, 0, "not sending"
status.Refresh
CheckEqual status.DeviceId, port.DeviceId, "Refresh keeps the device"
Set methods = port.GetRoutingMethods
CheckEqual methods.Count, 1, "one routing method"
CheckEqual methods.Item(1).Guid, "{92041A90-9AF2-11D0-ABF7-00C04FD91A4E}", "store-in-folder GUID"
Check InStr(methods.Item(1).RoutingData, "/recvq") > 0, "RoutingData names the receive queue: " & methods.Item(1).RoutingData
