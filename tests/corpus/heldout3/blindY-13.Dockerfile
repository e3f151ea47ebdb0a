# corpus: modelled-on=cv-library/docker-geckodriver Dockerfile + blueimp geckodriver Dockerfile, made arch-aware with uname -m
# corpus: expect=
FROM debian:bookworm-slim

ARG GECKODRIVER_VERSION=0.35.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl firefox-esr \
 && case "$(uname -m)" in \
      x86_64)  gd_asset=linux64 ;; \
      aarch64) gd_asset=linux-aarch64 ;; \
      *) echo "unsupported machine: $(uname -m)" >&2; exit 1 ;; \
    esac \
 && curl -fsSL "https://github.com/mozilla/geckodriver/releases/download/v${GECKODRIVER_VERSION}/geckodriver-v${GECKODRIVER_VERSION}-${gd_asset}.tar.gz" \
      | tar -xz -C /usr/local/bin geckodriver \
 && apt-get purge -y curl \
 && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --shell /usr/sbin/nologin webdriver
USER webdriver
EXPOSE 4444
HEALTHCHECK --interval=20s CMD ["geckodriver", "--version"]
CMD ["geckodriver", "--host", "0.0.0.0", "--port", "4444"]
