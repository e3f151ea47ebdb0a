# corpus: modelled-on=ragflow-style: msodbcsql18 on arm64, 17 on amd64
# corpus: expect=
FROM python:3.11-slim-bookworm
ARG TARGETARCH
RUN apt-get update \
 && if [ "$TARGETARCH" = "arm64" ]; then \
      ACCEPT_EULA=Y apt-get install -y msodbcsql18; \
    else \
      ACCEPT_EULA=Y apt-get install -y msodbcsql17; \
    fi
