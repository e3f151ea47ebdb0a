# corpus: modelled-on=glibc loader hardcoded for a prebuilt binary
# corpus: expect=AL403@5
FROM debian:bookworm-slim
COPY app /app
ENTRYPOINT ["/lib64/ld-linux-x86-64.so.2", "/app"]
