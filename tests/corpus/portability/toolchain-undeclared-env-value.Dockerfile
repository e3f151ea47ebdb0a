# corpus: modelled-on=images exporting the target arch to the runtime via ENV
# corpus: expect=AL203@4
FROM debian:bookworm-slim
ENV ARCH=$TARGETARCH
RUN echo "$ARCH" > /etc/arch
