' SPDX-License-Identifier: LGPL-2.1-or-later
' FaxServer's configuration properties: each one read, written back changed, re-read, and
' restored; values out of range are refused with a description.  (Run alone: the settings
' are per user, in the test prefix's registry.)
' Arguments: TIFF_DIR SERVER
Plan 22
Set server = CreateObject("FaxServer.FaxServer")
server.Connect WScript.Arguments(1)

' Wine's vbscript has no Execute/Eval: every property is spelled out.
old = server.Retries: server.Retries = 5: CheckEqual server.Retries, 5, "Retries": server.Retries = old
old = server.RetryDelay: server.RetryDelay = 7: CheckEqual server.RetryDelay, 7, "RetryDelay": server.RetryDelay = old
old = server.DirtyDays: server.DirtyDays = 2: CheckEqual server.DirtyDays, 2, "DirtyDays": server.DirtyDays = old
old = server.Branding: server.Branding = True: CheckEqual server.Branding, 1, "Branding": server.Branding = old
old = server.UseDeviceTsid: server.UseDeviceTsid = True: CheckEqual server.UseDeviceTsid, 1, "UseDeviceTsid": server.UseDeviceTsid = old
old = server.ServerCoverpage: server.ServerCoverpage = True: CheckEqual server.ServerCoverpage, 1, "ServerCoverpage": server.ServerCoverpage = old
old = server.PauseServerQueue: server.PauseServerQueue = True: CheckEqual server.PauseServerQueue, 1, "PauseServerQueue": server.PauseServerQueue = old
old = server.ArchiveOutboundFaxes: server.ArchiveOutboundFaxes = True: CheckEqual server.ArchiveOutboundFaxes, 1, "ArchiveOutboundFaxes": server.ArchiveOutboundFaxes = old
old = server.ArchiveDirectory: server.ArchiveDirectory = "C:\Faxes\Sent": CheckEqual server.ArchiveDirectory, "C:\Faxes\Sent", "ArchiveDirectory": server.ArchiveDirectory = old
old = server.ServerMapiProfile: server.ServerMapiProfile = "Fax Profile": CheckEqual server.ServerMapiProfile, "Fax Profile", "ServerMapiProfile": server.ServerMapiProfile = old
old = server.DiscountRateStartHour: server.DiscountRateStartHour = 22: CheckEqual server.DiscountRateStartHour, 22, "DiscountRateStartHour": server.DiscountRateStartHour = old
old = server.DiscountRateStartMinute: server.DiscountRateStartMinute = 30: CheckEqual server.DiscountRateStartMinute, 30, "DiscountRateStartMinute": server.DiscountRateStartMinute = old
old = server.DiscountRateEndHour: server.DiscountRateEndHour = 6: CheckEqual server.DiscountRateEndHour, 6, "DiscountRateEndHour": server.DiscountRateEndHour = old
old = server.DiscountRateEndMinute: server.DiscountRateEndMinute = 45: CheckEqual server.DiscountRateEndMinute, 45, "DiscountRateEndMinute": server.DiscountRateEndMinute = old
CheckEqual server.Retries, 2, "Retries restored to the default"
CheckEqual server.DiscountRateStartHour, 20, "DiscountRateStartHour restored to the default"

On Error Resume Next
server.DiscountRateStartHour = 24
CheckEqual Hex(Err.Number), "80070057", "hour 24 is refused: " & Err.Description
Err.Clear
server.DiscountRateEndMinute = 60
CheckEqual Hex(Err.Number), "80070057", "minute 60 is refused"
Err.Clear
server.Retries = -1
CheckEqual Hex(Err.Number), "80070057", "a negative count is refused"
Err.Clear
server.RetryDelay = 60
CheckEqual Hex(Err.Number), "80070057", "a retry delay over 59 minutes is refused: " & Err.Description
Err.Clear
On Error GoTo 0
CheckEqual server.DiscountRateStartHour, 20, "a refused value leaves the setting as it was"
server.Disconnect
On Error Resume Next
r = server.Retries
CheckEqual Hex(Err.Number), "800708CA", "settings need a connection"
Err.Clear
