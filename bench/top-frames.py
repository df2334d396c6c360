#!/usr/bin/env python3
"""Summarises an async-profiler collapsed-stack file: where the samples went by kind of work, then the top frames
(self and inclusive). Used by bench/submission.sh with BENCH_PROFILE; run by hand as
  python3 bench/top-frames.py target/bench-submission.collapsed [top=20]
"""
import collections
import sys

# The first kind whose pattern occurs in a stack (leaf to root) takes the sample; the order matters: a signature
# inside a JWT builder counts as the signature, JSON inside Hibernate as JSON.
KINDS = [
    ("token signature (RSA/EC/EdDSA)", ("BigInteger", "sun.security.rsa", "sun.security.ec", "sun.security.util.math",
                                        "Signature.sign", "Signature.verify", "EdDSA", "jose4j.jws")),
    ("keyed hashes (HMAC)", ("javax.crypto.Mac", "HmacCore", "sun.security.provider.SHA2", "sun.security.provider.Digest")),
    ("JSON (Jackson, jose4j, Vert.x)", ("com.fasterxml.jackson", "jose4j.json", "org.jose4j.internal.json",
                                        "jakarta.json", "io.vertx.core.json")),
    ("JDBC driver", ("org.postgresql",)),
    ("Hibernate ORM / Panache / Agroal / Narayana", ("org.hibernate", "io.quarkus.hibernate", "io.agroal",
                                                 "com.arjuna", "io.quarkus.narayana")),
    ("JWT verification (SmallRye)", ("io.smallrye.jwt", "org.jose4j")),
    ("GC", ("GCTaskThread", "G1", "gc_", "GangWorker", "ParallelGC", "SerialGC", "ConcurrentGC")),
    ("JIT compiler", ("CompileBroker", "C2Compiler", "C1Compiler", "Compile::", "Compilation::")),
    ("answer validation, mixer, our code", ("se.lyssna",)),
    ("HTTP server (Vert.x, Netty, RESTEasy)", ("io.vertx", "io.netty", "org.jboss.resteasy", "io.quarkus.vertx",
                                               "io.quarkus.resteasy")),
    ("kernel / syscalls", ("[k]", "entry_SYSCALL", "__x64_sys", "do_syscall")),
]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    self_samples = collections.Counter()
    inclusive = collections.Counter()
    kinds = collections.Counter()
    total = 0
    with open(path, encoding="utf-8", errors="replace") as stacks:
        for line in stacks:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not count.isdigit():
                continue
            n = int(count)
            total += n
            frames = stack.split(";")
            self_samples[frames[-1]] += n
            for frame in set(frames):
                inclusive[frame] += n
            kinds[kind_of(frames)] += n
    if total == 0:
        print("no samples in " + path)
        return
    print(f"PROFILE {path}: {total:,} samples")
    print("By kind of work:")
    for kind, n in kinds.most_common():
        print(f"  {100 * n / total:5.1f} %  {kind}")
    print(f"Top {top} frames by self samples:")
    for frame, n in self_samples.most_common(top):
        print(f"  {100 * n / total:5.1f} %  {frame[:150]}")
    print(f"Top {top} of our frames (se.lyssna) by inclusive samples:")
    ours = [(f, n) for f, n in inclusive.items() if f.startswith("se/lyssna") or f.startswith("se.lyssna")]
    for frame, n in sorted(ours, key=lambda x: -x[1])[:top]:
        print(f"  {100 * n / total:5.1f} %  {frame[:150]}")


def kind_of(frames):
    # Bean Validation's interceptor wraps every resource method: it is not Hibernate ORM's work.
    joined = [f.replace("/", ".") for f in reversed(frames) if "hibernate.validator" not in f.replace("/", ".")]
    for kind, patterns in KINDS:
        if any(p in f for f in joined for p in patterns):
            return kind
    return "other"


if __name__ == "__main__":
    main()
