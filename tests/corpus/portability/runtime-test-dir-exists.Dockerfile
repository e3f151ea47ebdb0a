# corpus: modelled-on=probing the triplet directory before using it
# corpus: expect=
FROM debian:bookworm-slim
RUN if [ -d /usr/lib/x86_64-linux-gnu ]; then echo amd64 layout; fi
