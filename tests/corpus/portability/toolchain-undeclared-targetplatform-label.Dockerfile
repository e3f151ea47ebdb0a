# corpus: modelled-on=images labelling the platform without declaring the ARG
# corpus: expect=AL203@4
FROM alpine:3.20
LABEL org.opencontainers.image.platform="${TARGETPLATFORM}"
RUN echo ok
