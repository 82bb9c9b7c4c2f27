# A hostile DHCP server for udhcpc.test: answers every DISCOVER or REQUEST seen on
# the interface argv[1] with replies whose options are malformed in many ways. None
# of them is a usable offer; the client must ignore them all, without crashing.
import socket, struct, sys

def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

def reply(xid, chaddr, opts, file=b'', sname=b'', op=2):
    d = struct.pack('!BBBB4sHHIIII', op, 1, 6, 0, xid, 0, 0, 0, 0x0a63003c, 0x0a630001, 0)
    d += chaddr + sname.ljust(64, b'\0')[:64] + file.ljust(128, b'\0')[:128]
    d += b'\x63\x82\x53\x63' + opts
    udp = struct.pack('!HHHH', 67, 68, 8 + len(d), 0) + d
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0,
                     bytes([10, 99, 0, 1]), b'\xff\xff\xff\xff')
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return ip + udp

sid = b'\x36\x04\x0a\x63\x00\x01'
bad = [
    (b'\x35\x01\x02\x36\x04\x0a\x63',),                      # server id runs past the end
    (b'\x35\x00' + sid + b'\xff',),                          # message type of length 0
    (b'\x35\x02\x02\x02' + sid + b'\xff',),                  # message type of length 2
    (b'\x35\x01\x02\xff',),                                  # an offer without a server id
    (b'\x34\x01\x03\x35\x01\x02\xff', b'\x03\xff' * 64, b'\x36\xff' * 32),  # overload, lengths past both fields
    (b'\x34\x01\x03' + b'\x03\x04\x01\x02\x03\x04\x06\x04\x05\x06\x07\x08' * 25,),  # non-adjacent repeats
    (b'\x00' * 300,),                                        # padding only, no end
    (b'\x35\x01\x02' + sid + b'\x01\xff' + b'\xee' * 100,),  # subnet option claims 255 bytes, has 100
    (b'',),                                                  # nothing after the cookie
]
s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(0x0800))
s.bind((sys.argv[1], 0x0800))
sys.stdout.write('listening\n')
sys.stdout.flush()
while True:
    data = s.recv(4096)
    if len(data) < 28 + 240 or data[9] != 17 or struct.unpack('!H', data[22:24])[0] != 67:
        continue
    d = data[28:]
    xid, chaddr = d[4:8], d[28:44]
    for b in bad:
        p = reply(xid, chaddr, *b)
        s.sendto(p, (sys.argv[1], 0x0800, 0, 0, b'\xff' * 6))
    # a well-formed offer, but for another transaction and for a reply that is a request
    s.sendto(reply(b'\0\0\0\0', chaddr, b'\x35\x01\x02' + sid + b'\xff'), (sys.argv[1], 0x0800, 0, 0, b'\xff' * 6))
    s.sendto(reply(xid, chaddr, b'\x35\x01\x02' + sid + b'\xff', op=1), (sys.argv[1], 0x0800, 0, 0, b'\xff' * 6))
    sys.stdout.write('answered\n')
    sys.stdout.flush()
