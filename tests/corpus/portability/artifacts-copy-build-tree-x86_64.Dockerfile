# corpus: modelled-on=COPY from a per-arch build tree in the context
# corpus: expect=AL303@4
FROM ubuntu:22.04
COPY --chmod=755 ./build/bin/linux-x86_64/server /usr/local/bin/server
COPY ./config /etc/server/
COPY ./build/lib/ /usr/local/lib/
