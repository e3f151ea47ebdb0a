# corpus: modelled-on=C/Go projects fetching the Go tarball from golang.org/dl
# corpus: expect=AL301@7
FROM ubuntu:22.04
ENV GOROOT=/usr/local/go PATH=/usr/local/go/bin:$PATH
RUN apt-get update && apt-get install -y git build-essential wget
RUN git clone https://github.com/canonical/raft.git /opt/raft \
 && wget -c https://golang.org/dl/go1.21.5.linux-amd64.tar.gz -O - | tar -xzf - -C /usr/local
