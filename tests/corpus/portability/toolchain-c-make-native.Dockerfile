# corpus: modelled-on=C projects built natively (no --platform flag) with make
# corpus: expect=
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y build-essential
WORKDIR /src
COPY . .
RUN make && make install PREFIX=/opt/app
FROM debian:bookworm-slim
COPY --from=build /opt/app /opt/app
