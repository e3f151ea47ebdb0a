# corpus: modelled-on=images using ADD for tini release assets
# corpus: expect=AL301@5
FROM openjdk:17-slim
ENV TINI_VERSION=v0.19.0
ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-amd64 /tini
RUN chmod +x /tini
ENTRYPOINT ["/tini", "--"]
