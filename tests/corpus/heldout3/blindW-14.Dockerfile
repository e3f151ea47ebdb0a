# corpus: modelled-on=codercom/enterprise-base derived Coder workspace images (hashicorp apt repo, awscli zip, k9s)
# corpus: expect=AL301@13,AL301@17,AL403@23
FROM codercom/enterprise-base:ubuntu

USER root
RUN apt-get update && apt-get install -y --no-install-recommends gnupg lsb-release unzip wget \
    && wget -qO- https://apt.releases.hashicorp.com/gpg | gpg --dearmor -o /usr/share/keyrings/hashicorp.gpg \
    && echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/hashicorp.gpg] https://apt.releases.hashicorp.com $(lsb_release -cs) main" \
        > /etc/apt/sources.list.d/hashicorp.list \
    && apt-get update && apt-get install -y terraform packer \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o /tmp/awscliv2.zip \
    && unzip -q /tmp/awscliv2.zip -d /tmp && /tmp/aws/install && rm -rf /tmp/aws*

RUN K9S_VERSION=v0.32.5; \
    case "$(dpkg --print-architecture)" in \
      amd64) curl -fsSL "https://github.com/derailed/k9s/releases/download/${K9S_VERSION}/k9s_Linux_amd64.tar.gz" | tar -xz -C /usr/local/bin k9s ;; \
      *) echo "k9s: no build configured for this arch" >&2; exit 1 ;; \
    esac

# psycopg and friends link against the system libpq
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu:/usr/local/lib

USER coder
WORKDIR /home/coder
