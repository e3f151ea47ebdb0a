# corpus: modelled-on=Kubernetes tool images installing kubectl from dl.k8s.io
# corpus: expect=AL301@5
FROM alpine:3.20
RUN apk add --no-cache curl ca-certificates
RUN curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl" \
 && chmod +x /usr/local/bin/kubectl
ENTRYPOINT ["kubectl"]
