# corpus: modelled-on=autotools projects cross-configured with --host
# corpus: expect=AL205@7
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y build-essential
WORKDIR /src
COPY . .
RUN ./configure --host=x86_64-linux-gnu --prefix=/usr/local && make && make install
FROM debian:bookworm-slim
COPY --from=build /usr/local /usr/local
