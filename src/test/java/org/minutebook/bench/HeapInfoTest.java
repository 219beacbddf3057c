package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The heap parser on {@code jcmd <pid> GC.heap_info} outputs captured from small JVMs (a 256 MB
 * heap holding 5 MB of arrays) under each collector of JDK 25 and JDK 17.
 */
class HeapInfoTest {
  @Test
  void g1OnJdk25() throws IOException {
    String out =
        """
        24768:
        garbage-first heap   total reserved 262144K, committed 30720K, used 8014K [0x00000000f0000000, 0x0000000100000000)
         region size 1024K, 0 young (0K), 0 survivors (0K)
        """;
    assertEquals(8014L * 1024, HeapInfo.usedBytes(out));
  }

  @Test
  void g1OnJdk17LeavesMetaspaceOut() throws IOException {
    String out =
        """
        25334:
         garbage-first heap   total 30720K, used 8022K [0x00000000f0000000, 0x0000000100000000)
          region size 1024K, 0 young (0K), 0 survivors (0K)
         Metaspace       used 9127K, committed 9344K, reserved 1114112K
          class space    used 1094K, committed 1216K, reserved 1048576K
        """;
    assertEquals(8022L * 1024, HeapInfo.usedBytes(out));
  }

  @Test
  void parallelSumsItsGenerations() throws IOException {
    // The young generation's 0K was raised to 1200K so that the sum shows.
    String out =
        """
        24908:
        PSYoungGen      total 76288K, used 1200K [0x00000000fab00000, 0x0000000100000000, 0x0000000100000000)
         eden space 65536K, 1% used [0x00000000fab00000,0x00000000fab00000,0x00000000feb00000)
         from space 10752K, 0% used [0x00000000ff580000,0x00000000ff580000,0x0000000100000000)
         to   space 10752K, 0% used [0x00000000feb00000,0x00000000feb00000,0x00000000ff580000)
        ParOldGen       total 175104K, used 7837K [0x00000000f0000000, 0x00000000fab00000, 0x00000000fab00000)
         object space 175104K, 4% used [0x00000000f0000000,0x00000000f07a7440,0x00000000fab00000)
        """;
    assertEquals((1200L + 7837) * 1024, HeapInfo.usedBytes(out));
  }

  @Test
  void serialOnJdk17() throws IOException {
    String out =
        """
        25540:
         def new generation   total 78656K, used 0K [0x00000000f0000000, 0x00000000f5550000, 0x00000000f5550000)
          eden space 69952K,   0% used [0x00000000f0000000, 0x00000000f0000000, 0x00000000f4450000)
          from space 8704K,   0% used [0x00000000f4450000, 0x00000000f4450000, 0x00000000f4cd0000)
          to   space 8704K,   0% used [0x00000000f4cd0000, 0x00000000f4cd0000, 0x00000000f5550000)
         tenured generation   total 174784K, used 7187K [0x00000000f5550000, 0x0000000100000000, 0x0000000100000000)
           the space 174784K,   4% used [0x00000000f5550000, 0x00000000f5c54f90, 0x00000000f5c55000, 0x0000000100000000)
         Metaspace       used 9130K, committed 9344K, reserved 1114112K
          class space    used 1094K, committed 1216K, reserved 1048576K
        """;
    assertEquals(7187L * 1024, HeapInfo.usedBytes(out));
  }

  @Test
  void zgcInMegabytes() throws IOException {
    String out =
        """
        25050:
        ZHeap            used 10M, capacity 256M, max capacity 256M
         Cache           246M (5)
          size classes   2M (1), 4M (1), 8M (2), 128M (1)
        """;
    assertEquals(10L << 20, HeapInfo.usedBytes(out));
  }

  @Test
  void shenandoahPutsTheSizeFirst() throws IOException {
    String out =
        """
        25134:
        Shenandoah Heap
         256M max, 256M soft max, 256M committed, 8235K used
         1024 x 256 K regions
        Status: not cancelled
        """;
    assertEquals(8235L * 1024, HeapInfo.usedBytes(out));
  }

  @Test
  void epsilonGivesOnlyAShare() throws IOException {
    String out =
        """
        25228:
        Epsilon Heap
         Allocation space:
          space 262144K,  10% used [0x00000000f0000000, 0x00000000f1b96390, 0x0000000100000000)
        """;
    assertEquals(262144L * 1024 / 10, HeapInfo.usedBytes(out));
  }

  @Test
  void noSizeIsAClearError() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> HeapInfo.usedBytes("12345:\ncom.sun.tools.attach.AttachNotSupportedException"));
    assertTrue(e.getMessage().contains("AttachNotSupportedException"), e.getMessage());
  }
}
