# SPDX-License-Identifier: LGPL-2.1-or-later
"""A fake hfaxd on 127.0.0.1 that resets connections now and then.

    resetting_hfaxd.py PORT_FILE [RESET_PERCENT] [SEED]

Writes the port it listens on to PORT_FILE.  It greets with 220 and answers what faxcom's
GetJobs and GetPorts send (USER, PASS, ADMIN, TZONE, JOBFMT, MDMFMT, TYPE, PASV, LIST,
RETR/STOR etc/config.MODEM, QUIT); each command, and each data transfer, is ended with a
TCP reset (SO_LINGER 0, then close) with probability RESET_PERCENT (default 3).  Runs until
killed.
"""
import random
import re
import socket
import struct
import sys
import threading

port_file = sys.argv[1]
reset_percent = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else None)
rng_lock = threading.Lock()
config_lock = threading.Lock()
modem_config = {"ttyFAKE0": b"LocalIdentifier: \"+1 555 0001\"\nRingsBeforeAnswer: 1\n"}


def unlucky():
    with rng_lock:
        return rng.random() * 100 < reset_percent


def reset(sock):
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


def unquote(text):
    """hfaxd's quoted string: \\NNN octal, \\x the character x."""
    text = text[1:-1] if len(text) >= 2 and text[0] == '"' == text[-1] else text
    return re.sub(r"\\([0-7]{3}|.)", lambda m: chr(int(m.group(1), 8)) if len(m.group(1)) == 3 else m.group(1), text)


def fill(fmt, fields):
    return re.sub(r"%[-0-9.]*([a-zA-Z])", lambda m: fields.get(m.group(1), ""), fmt)


def session(control):
    reader = control.makefile("rb")
    passive = None
    mdmfmt = ""

    def say(text):
        control.sendall((text + "\r\n").encode())

    def transfer(send=None, receive=False):
        nonlocal passive
        if passive is None:
            say("425 No data connection")
            return None
        listener, passive = passive, None
        listener.settimeout(10)
        try:
            data, _ = listener.accept()
        finally:
            listener.close()
        say("150 Opening new data connection")
        if unlucky():
            reset(data)
            return None
        received = b""
        if send is not None:
            data.sendall(send)
        if receive:
            while True:
                chunk = data.recv(65536)
                if not chunk:
                    break
                received += chunk
        data.close()
        say("226 Transfer complete.")
        return received

    say("220 fake hfaxd ready")
    for raw in reader:
        line = raw.decode("latin-1").rstrip("\r\n")
        verb, _, argument = line.partition(" ")
        verb = verb.upper()
        if unlucky():
            if passive:
                passive.close()
            reset(control)
            return
        if verb == "USER":
            say("331 Password required.")
        elif verb in ("PASS", "ADMIN"):
            say("230 Logged in.")
        elif verb in ("TZONE", "JOBFMT", "TYPE", "FORM", "NOOP"):
            say("200 %s command successful." % verb)
        elif verb == "MDMFMT":
            mdmfmt = unquote(argument)
            say("200 MDMFMT command successful.")
        elif verb == "PASV":
            if passive:
                passive.close()
            passive = socket.socket()
            passive.bind(("127.0.0.1", 0))
            passive.listen(1)
            port = passive.getsockname()[1]
            say("227 Entering passive mode (127,0,0,1,%d,%d)" % (port // 256, port % 256))
        elif verb == "LIST" and argument == "status":
            fields = {"m": "ttyFAKE0", "n": "5550001", "s": "Running and idle", "z": "*"}
            with config_lock:
                found = re.search(rb'LocalIdentifier:\s*"?([^"\n]*)', modem_config["ttyFAKE0"])
            fields["l"] = found.group(1).decode() if found else ""
            transfer(send=("HylaFAX scheduler on fake: Running\n" + fill(mdmfmt, fields) + "\n").encode())
        elif verb == "LIST":
            transfer(send=b"")
        elif verb == "RETR" and argument.startswith("etc/config."):
            with config_lock:
                text = modem_config.get(argument[len("etc/config."):])
            if text is None:
                say("550 %s: No such file or directory." % argument)
            else:
                transfer(send=text)
        elif verb == "STOR" and argument.startswith("etc/config."):
            text = transfer(receive=True)
            if text is not None:
                with config_lock:
                    modem_config[argument[len("etc/config."):]] = text
        elif verb == "QUIT":
            say("221 Goodbye.")
            control.close()
            return
        else:
            say("500 %s: Command not recognized." % verb)


def serve(control):
    try:
        session(control)
    except OSError:
        pass
    finally:
        try:
            control.close()
        except OSError:
            pass


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(64)
with open(port_file, "w") as f:
    f.write("%d\n" % listener.getsockname()[1])
while True:
    connection, _ = listener.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
