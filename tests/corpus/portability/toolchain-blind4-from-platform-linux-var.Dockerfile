# corpus: modelled-on=FROM --platform=linux/$TARGETARCH (substituted, not constant) (blind batch 4: labelled before running archlint)
# corpus: expect=
ARG TARGETARCH
FROM --platform=linux/$TARGETARCH debian:bookworm-slim
RUN echo ok
