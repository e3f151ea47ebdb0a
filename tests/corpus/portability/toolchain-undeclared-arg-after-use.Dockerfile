# corpus: modelled-on=ARG TARGETARCH declared after the RUN that needs it
# corpus: expect=AL203@6
FROM golang:1.22
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -o /app .
ARG TARGETARCH
