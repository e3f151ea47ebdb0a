# corpus: modelled-on=distroless Go images copying libgcc_s from the x86-64 triplet
# corpus: expect=AL403@9
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app
FROM gcr.io/distroless/base-debian12
COPY --from=build /out/app /app
COPY --from=build /lib/x86_64-linux-gnu/libgcc_s.so.1 /lib/x86_64-linux-gnu/
ENTRYPOINT ["/app"]
