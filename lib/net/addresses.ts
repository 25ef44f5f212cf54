// Which IP addresses a server-side fetch may connect to: public unicast only. Pure (no DNS, no sockets).
// Every address is checked in its canonical form, so IPv4 hidden inside IPv6 (::ffff:10.0.0.1,
// ::ffff:a00:1, 64:ff9b::a00:1) is judged as the IPv4 address it reaches.
import { BlockList, isIP } from "node:net";

/** Why an address is not public, in words for the editor ("a private network"); null when it is public. */
export type AddressProblem = string | null;

const RANGES: Array<{ what: string; v4?: Array<[string, number]>; v6?: Array<[string, number]> }> = [
  { what: "this server (a loopback address)", v4: [["127.0.0.0", 8]], v6: [["::1", 128]] },
  {
    what: "a private network",
    v4: [
      ["10.0.0.0", 8],
      ["172.16.0.0", 12],
      ["192.168.0.0", 16],
    ],
    v6: [["fc00::", 7]],
  },
  { what: "a carrier-grade NAT network (100.64.0.0/10)", v4: [["100.64.0.0", 10]] },
  // 169.254.169.254 is the metadata service of most clouds: the classic SSRF target.
  { what: "a link-local address (such as a cloud metadata service)", v4: [["169.254.0.0", 16]], v6: [["fe80::", 10]] },
  { what: "a multicast address", v4: [["224.0.0.0", 4]], v6: [["ff00::", 8]] },
  { what: "an unspecified address", v4: [["0.0.0.0", 8]], v6: [["::", 128]] },
  // Reserved, documentation, benchmarking, IETF protocol and broadcast ranges, and the deprecated
  // IPv6 forms (site-local, IPv4-compatible) that some stacks still route somewhere unexpected.
  {
    what: "a reserved address",
    v4: [
      ["192.0.0.0", 24],
      ["192.0.2.0", 24],
      ["198.18.0.0", 15],
      ["198.51.100.0", 24],
      ["203.0.113.0", 24],
      ["240.0.0.0", 4],
    ],
    v6: [
      ["fec0::", 10],
      ["::", 96],
      ["100::", 64],
      ["2001:db8::", 32],
    ],
  },
];

const LISTS = RANGES.map(({ what, v4 = [], v6 = [] }) => {
  const list = new BlockList();
  for (const [net, bits] of v4) list.addSubnet(net, bits, "ipv4");
  for (const [net, bits] of v6) list.addSubnet(net, bits, "ipv6");
  return { what, list };
});

/** An IPv6 address as eight 16-bit groups (handles "::" and a dotted IPv4 tail); null when malformed. */
export function ipv6Groups(address: string): number[] | null {
  let text = address
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const part = (s: string): number[] => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<number>(Math.max(0, fill)).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address an IPv6 address carries (IPv4-mapped ::ffff:0:0/96 or NAT64 64:ff9b::/96), else null. */
function embeddedIpv4(groups: number[]): string | null {
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (!mapped && !nat64) return null;
  return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join(".");
}

/** What is wrong with connecting to `address` (an IP literal); null when it is a public unicast address. */
export function addressProblem(address: string): AddressProblem {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return LISTS.find(({ list }) => list.check(bare, "ipv4"))?.what ?? null;
  if (family !== 6) return "an address that is not a valid IP address";
  const groups = ipv6Groups(bare);
  if (!groups) return "an address that is not a valid IP address";
  const v4 = embeddedIpv4(groups);
  if (v4) return addressProblem(v4);
  const canonical = groups.map((g) => g.toString(16)).join(":");
  return LISTS.find(({ list }) => list.check(canonical, "ipv6"))?.what ?? null;
}
