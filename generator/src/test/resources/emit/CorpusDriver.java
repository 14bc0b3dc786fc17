package c;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import c.if_ether.Ethhdr;
import c.if_ether.IfEther;
import c.ip.Iphdr;
import c.kvm.Kvm;
import c.kvm.KvmMsrs;
import c.kvm.KvmRegs;
import c.tcp.Tcphdr;
import c.virtio_net.VirtioNet;
import c.virtio_net.VirtioNetHdrV1;
import c.virtio_ring.VirtioRing;
import c.virtio_ring.VringDesc;
import c.virtio_ring.VringUsed;
import interop.InteropDriver;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/** Compiled with the bindings of five system headers: Java writes, C checks; C fills, Java checks. */
@SuppressWarnings("restricted")
public final class CorpusDriver extends InteropDriver {
    private SymbolLookup lib;

    public static String run(Path library) throws Throwable {
        CorpusDriver d = new CorpusDriver();
        try (Arena arena = Arena.ofConfined()) {
            d.lib = SymbolLookup.libraryLookup(library, arena);
            d.ip(arena);
            d.tcp(arena);
            d.ether(arena);
            d.vnet(arena);
            d.ring(arena);
            d.kvm(arena);
        }
        return d.problems();
    }

    private void ip(Arena arena) throws Throwable {
        Iphdr h = Iphdr.allocate(arena).ihl(5).version(4).tos(0x10).totLen(1500).id(0xBEEF).fragOff(0x4000).ttl(64)
                .protocol(6).check(0x1234).saddr(0xC0A80001L).daddr(0x0A000002L);
        expect("check_iphdr mask", check(lib, "check_iphdr", h.segment()), 0);
        Iphdr g = Iphdr.allocate(arena);
        fill(lib, "fill_iphdr", g.segment());
        expect("iphdr", g.ihl() + "/" + g.version() + "/" + g.tos() + "/" + g.totLen() + "/" + g.id() + "/" + g.fragOff()
                + "/" + g.ttl() + "/" + g.protocol() + "/" + g.check() + "/" + Long.toHexString(g.saddr()) + "/"
                + Long.toHexString(g.daddr()), "15/6/255/40000/1/8191/1/17/65535/7f000001/ffffffff");
    }

    private void tcp(Arena arena) throws Throwable {
        Tcphdr t = Tcphdr.allocate(arena).source(443).dest(51000).seq(0x01020304L).ackSeq(0xFFFFFFFEL).doff(5).res1(0xA)
                .fin(0).syn(1).rst(0).psh(1).ack(1).urg(0).ece(1).cwr(1).window(65535).urgPtr(7);
        expect("check_tcphdr mask", check(lib, "check_tcphdr", t.segment()), 0);
        Tcphdr u = Tcphdr.allocate(arena);
        fill(lib, "fill_tcphdr", u.segment());
        expect("tcphdr", u.source() + "/" + u.dest() + "/" + u.seq() + "/" + u.ackSeq() + "/" + u.doff() + "/" + u.res1()
                + "/" + u.fin() + u.syn() + u.rst() + u.psh() + u.ack() + u.urg() + u.ece() + u.cwr() + "/" + u.window()
                + "/" + u.urgPtr(), "22/65535/2147483648/1/15/1/10100101/1024/0");
    }

    private void ether(Arena arena) throws Throwable {
        Ethhdr e = Ethhdr.allocate(arena);
        for (int i = 0; i < IfEther.ETH_ALEN; i++) {
            e.hDest(i, i + 1).hSource(i, 0xF0 + i);
        }
        e.hProto(IfEther.ETH_P_IPV6);
        expect("check_ethhdr mask", check(lib, "check_ethhdr", e.segment()), 0);
        expect("ethhdr size", Ethhdr.SIZE, 14L);
    }

    private void vnet(Arena arena) throws Throwable {
        VirtioNetHdrV1 h = VirtioNetHdrV1.allocate(arena).flags(VirtioNet.VIRTIO_NET_HDR_F_NEEDS_CSUM)
                .gsoType(VirtioNet.VIRTIO_NET_HDR_GSO_TCPV6).hdrLen(54).gsoSize(1448).csumStart(34).csumOffset(16)
                .numBuffers(2);
        expect("check_vnet mask", check(lib, "check_vnet", h.segment()), 0);
        VirtioNetHdrV1 g = VirtioNetHdrV1.allocate(arena);
        fill(lib, "fill_vnet", g.segment());
        expect("vnet", g.flags() + "/" + g.gsoType() + "/" + g.hdrLen() + "/" + g.gsoSize() + "/" + g.rsc().segments()
                + "/" + g.rsc().dupAcks() + "/" + g.numBuffers(), VirtioNet.VIRTIO_NET_HDR_F_DATA_VALID + "/"
                + VirtioNet.VIRTIO_NET_HDR_GSO_UDP + "/65535/9000/300/4/1");
    }

    private void kvm(Arena arena) throws Throwable {
        KvmMsrs m = KvmMsrs.allocate(arena, 3).nmsrs(3);
        for (int i = 0; i < 3; i++) {
            m.entries(i).index(0xC0000080L + i).data(0x8000000000000000L | i);
        }
        expect("check_msrs mask", check(lib, "check_msrs", m.segment()), 0);
        KvmRegs r = KvmRegs.allocate(arena).rax(1).rip(0xFFFFFFFFFFFFFFF0L).rflags(2).r15(15);
        expect("check_regs mask", check(lib, "check_regs", r.segment()), 0);
        MethodHandle h = downcall(lib, "get_msrs_request", FunctionDescriptor.of(JAVA_INT));
        int request = (int) h.invokeExact();
        expect("KVM_GET_MSRS", Kvm.KVM_GET_MSRS, Integer.toUnsignedLong(request));
        expect("KVM_GET_MSRS payload", Kvm.KVM_GET_MSRS_REQUEST.payload(), KvmMsrs.class);
        expect("KVM_GET_MSRS size", Kvm.KVM_GET_MSRS_REQUEST.size(), KvmMsrs.SIZE);
    }

    private void ring(Arena arena) throws Throwable {
        int n = 5;
        VringUsed u = VringUsed.allocate(arena, n).flags(VirtioRing.VRING_USED_F_NO_NOTIFY).idx(65535);
        for (int i = 0; i < n; i++) {
            u.ring(i).id(i + 10).len(1000L * i + 0x80000000L);
        }
        MethodHandle h = downcall(lib, "check_used", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        expect("check_used mask", (int) h.invokeExact(u.segment(), n), 0);
        MemorySegment table = arena.allocate(VringDesc.SIZE * 3, VringDesc.ALIGN);
        MethodHandle f = downcall(lib, "fill_desc", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        f.invokeExact(table, 3);
        for (int i = 0; i < 3; i++) {
            VringDesc d = VringDesc.at(table, i * VringDesc.SIZE);
            expect("desc[" + i + "]", Long.toUnsignedString(d.addr(), 16) + "/" + d.len() + "/" + d.flags() + "/" + d.next(),
                    Long.toUnsignedString(0xFFFFFFFF00000000L + i, 16) + "/" + 4096 * (i + 1) + "/"
                            + (VirtioRing.VRING_DESC_F_NEXT | VirtioRing.VRING_DESC_F_WRITE) + "/" + (i + 1));
        }
    }
}
