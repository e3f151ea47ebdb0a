# corpus: modelled-on=spamwax/circleci-arm64v8 Dockerfile (COPY of prebuilt binaries) + goreleaser-style dist layouts
# corpus: expect=AL202@3,AL303@8,AL303@9
FROM --platform=$TARGETPLATFORM debian:bookworm-slim
ARG TARGETPLATFORM
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libgomp1 && rm -rf /var/lib/apt/lists/*

# binaries are produced by `make release` before docker build
COPY bin/linux-amd64/inferd /usr/local/bin/inferd
COPY third_party/onnxruntime/lib/x86_64/ /usr/local/lib/onnxruntime/
COPY models/ /opt/models/
RUN ldconfig /usr/local/lib/onnxruntime

ENV INFERD_MODEL_DIR=/opt/models
EXPOSE 9000
USER 1000:1000
ENTRYPOINT ["/usr/local/bin/inferd"]
