# corpus: modelled-on=Microsoft's Alpine msodbcsql18 install script (uname/apk arch -> amd64|arm64 mapping) inside a pyodbc service image
# corpus: expect=
FROM python:3.12-alpine3.20

RUN apk add --no-cache curl unixodbc unixodbc-dev libstdc++ krb5-libs

# Same steps as Microsoft's Alpine instructions, with aarch64 mapped to arm64
RUN set -eu; \
    case "$(apk --print-arch)" in \
        x86_64)  odbc_arch=amd64 ;; \
        aarch64) odbc_arch=arm64 ;; \
        *) echo "msodbcsql18 is not published for $(apk --print-arch)" >&2; exit 1 ;; \
    esac; \
    base=https://download.microsoft.com/download/fae28b9a-d880-42fd-9b98-d779f0fdd77f; \
    cd /tmp; \
    curl -fsSLO "$base/msodbcsql18_18.5.1.1-1_${odbc_arch}.apk"; \
    curl -fsSLO "$base/mssql-tools18_18.5.1.1-1_${odbc_arch}.apk"; \
    apk add --no-cache --allow-untrusted "msodbcsql18_18.5.1.1-1_${odbc_arch}.apk" "mssql-tools18_18.5.1.1-1_${odbc_arch}.apk"; \
    rm -f /tmp/*.apk
ENV PATH=/opt/mssql-tools18/bin:$PATH

WORKDIR /srv
COPY requirements.txt ./
RUN apk add --no-cache --virtual .build gcc g++ musl-dev \
 && pip install --no-cache-dir -r requirements.txt \
 && apk del .build
COPY app/ ./app/
USER 1001
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app.main:app"]
