# corpus: modelled-on=falco eBPF probe builder images (thought-machine/falco-probes falco-driver-builder) and the gcc-multilib/asm-symlink trick used for clang -target bpf
# corpus: expect=AL304@10,AL403@15
FROM ubuntu:22.04 AS probe-build
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      clang llvm make pkg-config \
      libelf-dev libbpf-dev zlib1g-dev \
      gcc-multilib \
      linux-headers-generic \
 && rm -rf /var/lib/apt/lists/*

# clang -target bpf cannot find <asm/types.h> without this
RUN ln -s /usr/include/x86_64-linux-gnu/asm /usr/include/asm

WORKDIR /src
COPY bpf/ ./bpf/
COPY Makefile ./
RUN make -C bpf probe.o

FROM falcosecurity/falco-no-driver:0.37.1
COPY --from=probe-build /src/bpf/probe.o /root/.falco/falco-bpf.o
COPY rules/ /etc/falco/rules.d/
COPY falco.yaml /etc/falco/falco.yaml
ENV FALCO_BPF_PROBE=/root/.falco/falco-bpf.o
CMD ["/usr/bin/falco", "-o", "time_format_iso_8601=true"]
