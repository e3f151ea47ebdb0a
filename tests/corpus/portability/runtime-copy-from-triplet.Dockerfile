# corpus: modelled-on=distroless copies of shared libraries
# corpus: expect=AL403@6
FROM debian:bookworm-slim AS deps
RUN apt-get update && apt-get install -y libpq5
FROM gcr.io/distroless/cc-debian12
COPY --from=deps /usr/lib/x86_64-linux-gnu/libpq.so.5 /usr/lib/x86_64-linux-gnu/
