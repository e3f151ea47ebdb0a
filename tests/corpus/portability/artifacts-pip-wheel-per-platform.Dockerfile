# corpus: modelled-on=wheels chosen per TARGETPLATFORM in if/else
# corpus: expect=
FROM python:3.12-slim
ARG TARGETPLATFORM
RUN if [ "$TARGETPLATFORM" = "linux/arm64" ]; then \
      pip install --no-cache-dir https://github.com/example/wheels/releases/download/v1/fastlib-1.0-cp312-cp312-manylinux_2_17_aarch64.whl; \
    else \
      pip install --no-cache-dir https://github.com/example/wheels/releases/download/v1/fastlib-1.0-cp312-cp312-manylinux_2_17_x86_64.whl; \
    fi
