# corpus: modelled-on=Buck2 build image from prebuilt zst (facebook/buck2 dotslash release assets)
# corpus: expect=AL209@3,AL301@9
FROM amd64/debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
      ca-certificates curl zstd git python3 build-essential \
 && rm -rf /var/lib/apt/lists/*

ARG BUCK2_RELEASE=2024-08-15
RUN curl -fsSL "https://github.com/facebook/buck2/releases/download/${BUCK2_RELEASE}/buck2-x86_64-unknown-linux-gnu.zst" \
      | zstd -d -o /usr/local/bin/buck2 \
 && chmod +x /usr/local/bin/buck2 \
 && buck2 --version

RUN useradd -m -s /bin/bash dev
USER dev
WORKDIR /home/dev/repo
COPY --chown=dev .buckconfig .buckroot ./
ENTRYPOINT ["buck2"]
CMD ["build", "//..."]
