# corpus: modelled-on=ENV with a TARGETARCH fallback but no ARG (blind batch 3: labelled before running archlint)
# corpus: expect=AL203@4
FROM debian:bookworm-slim
ENV ARCH="${TARGETARCH:-amd64}"
RUN echo "$ARCH" > /etc/arch
