package crawler

// Wire-level recording: every connection the fetcher's transport uses is
// dialled here and wrapped in a recordConn, which keeps the bytes written to
// and read from it. With keep-alives off a connection carries exactly one
// HTTP/1.1 exchange, so its bytes are that exchange as it crossed the wire:
// the request with every header the transport added (minus the fetch id,
// removed before the request is written) and the response before chunking
// is removed or anything is decompressed. TLS is terminated below the
// recorder (the recorder wraps the *tls.Conn), so HTTPS is recorded as the
// plaintext HTTP inside it, and the handshake is kept as npswatch.TLSInfo.
//
// Routes:
//   - direct: plain TCP, or TCP + TLS dialled here (DialTLSContext);
//   - socks5/socks5h (Tor): the SOCKS5 dialer of golang.org/x/net/proxy
//     carries the host name to the proxy, which resolves it; nothing is
//     resolved locally. TLS, for https targets, runs inside the SOCKS
//     stream and is again below the recorder;
//   - http/https proxies: plain-http targets go through Transport.Proxy
//     (absolute-form request on the proxy connection, which is recorded,
//     Proxy-Authorization redacted); https targets are tunnelled here with
//     CONNECT and TLS to the target runs inside the tunnel, below the
//     recorder, so they are recorded in plaintext as well.

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/proxy"

	"github.com/npswatch/npswatch"
)

// maxRawRequest caps the request bytes kept of one connection.
const maxRawRequest = 256 << 10

// rawHeaderAllowance is what a raw response may hold beyond the body cap:
// status line, headers, chunk framing and trailers.
const rawHeaderAllowance = 1 << 20

// recordConn is a net.Conn that keeps a copy of the bytes written to it and
// read from it, each side capped. It is always the outermost conn handed to
// the transport, so httptrace's GotConn finds it by type assertion.
type recordConn struct {
	net.Conn
	tls      *npswatch.TLSInfo // the target's handshake on this connection; nil for plain HTTP (and a proxy's own TLS)
	maxOut   int
	maxIn    int
	mu       sync.Mutex
	out, in  []byte
	outCut   bool
	inCut    bool
	redacted bool // a Proxy-Authorization value was removed from the request (see take)
	taken    bool
}

func newRecordConn(c net.Conn, info *npswatch.TLSInfo, maxOut, maxIn int) *recordConn {
	return &recordConn{Conn: c, tls: info, maxOut: maxOut, maxIn: maxIn}
}

// keep appends p to *buf within limit bytes and reports how many bytes it kept.
func keep(buf *[]byte, cut *bool, limit int, p []byte) int {
	room := limit - len(*buf)
	if room < len(p) {
		*cut = true
		if room <= 0 {
			return 0
		}
		p = p[:room]
	}
	*buf = append(*buf, p...)
	return len(p)
}

// Write records p before writing it, so a response can never be read in
// full before the request bytes that caused it are in the record; what did
// not go out is taken back after.
func (c *recordConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	mark, kept := len(c.out), 0
	if !c.taken {
		kept = keep(&c.out, &c.outCut, c.maxOut, p)
	}
	c.mu.Unlock()
	n, err := c.Conn.Write(p)
	if n < kept {
		c.mu.Lock()
		if !c.taken && len(c.out) >= mark+n {
			c.out = c.out[:mark+n]
		}
		c.mu.Unlock()
	}
	return n, err
}

// Read records what the socket (or the TLS layer) returned, before the
// transport's parser sees it: every byte of a response the transport has
// consumed is in the record.
func (c *recordConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.mu.Lock()
		if !c.taken {
			keep(&c.in, &c.inCut, c.maxIn, p[:n])
		}
		c.mu.Unlock()
	}
	return n, err
}

// wireRecord is what a connection carried.
type wireRecord struct {
	request, response []byte
	requestCut        bool // more was written than the cap kept
	responseCut       bool // more was read than the cap kept
	redacted          bool // Proxy-Authorization removed from request
}

// take hands over the recorded bytes and stops recording. Call it once the
// exchange is over (the response body read to its end, or closed).
func (c *recordConn) take() wireRecord {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := wireRecord{request: c.out, response: c.in, requestCut: c.outCut, responseCut: c.inCut}
	c.out, c.in, c.taken = nil, nil, true
	r.request, r.redacted = redactProxyAuth(r.request)
	return r
}

// redactProxyAuth blanks the value of Proxy-Authorization headers in the
// header section of a raw request: the transport writes the proxy's
// credentials (Tor isolation names among them) into requests sent to an
// HTTP proxy, and they must not end up in evidence.
func redactProxyAuth(raw []byte) ([]byte, bool) {
	end := bytes.Index(raw, []byte("\r\n\r\n"))
	if end < 0 {
		end = len(raw)
	}
	const name = "proxy-authorization:"
	var out []byte
	done := 0
	for i := 0; i < end; {
		j := bytes.Index(raw[i:end], []byte("\r\n"))
		if j < 0 {
			j = end - i
		}
		line := raw[i : i+j]
		if len(line) >= len(name) && bytes.EqualFold(line[:len(name)], []byte(name)) {
			if out == nil {
				out = make([]byte, 0, len(raw))
			}
			out = append(out, raw[done:i+len(name)]...)
			out = append(out, " [redacted]"...)
			done = i + j
		}
		i += j + 2
	}
	if out == nil {
		return raw, false
	}
	return append(out, raw[done:]...), true
}

// tlsInfo summarises a client handshake.
func tlsInfo(cs tls.ConnectionState) *npswatch.TLSInfo {
	info := &npswatch.TLSInfo{Version: tls.VersionName(cs.Version), CipherSuite: tls.CipherSuiteName(cs.CipherSuite),
		ServerName: cs.ServerName, CertSHA256: []string{}}
	chain := sha256.New()
	for _, cert := range cs.PeerCertificates {
		sum := sha256.Sum256(cert.Raw)
		info.CertSHA256 = append(info.CertSHA256, hex.EncodeToString(sum[:]))
		chain.Write(cert.Raw)
	}
	info.ChainSHA256 = hex.EncodeToString(chain.Sum(nil))
	return info
}

// wireDialer dials the connections of one fetcher's transport along its
// proxy route and wraps each in a recordConn.
type wireDialer struct {
	tcp       *net.Dialer
	socks     proxy.ContextDialer // socks5/socks5h route; nil otherwise
	httpProxy *url.URL            // http/https proxy route; nil otherwise
	proxyAddr string              // host:port of httpProxy
	rootCAs   *x509.CertPool      // nil: the system's
	timeout   time.Duration       // for a whole dial: TCP, SOCKS or CONNECT, TLS handshake
	maxOut    int
	maxIn     int
}

// newWireDialer builds the dialer for a proxy route (pu nil: direct).
func newWireDialer(pu *url.URL, rootCAs *x509.CertPool, timeout time.Duration, maxBody int64) (*wireDialer, error) {
	d := &wireDialer{tcp: &net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}, rootCAs: rootCAs,
		timeout: timeout, maxOut: maxRawRequest, maxIn: int(maxBody) + rawHeaderAllowance}
	if d.timeout < 15*time.Second {
		d.timeout = 15 * time.Second
	}
	if pu == nil {
		return d, nil
	}
	switch pu.Scheme {
	case "socks5", "socks5h":
		// both resolve at the proxy: the host name is handed to it, as Go's
		// own transport did for either scheme
		var auth *proxy.Auth
		if pu.User != nil {
			pw, _ := pu.User.Password()
			auth = &proxy.Auth{User: pu.User.Username(), Password: pw}
		}
		sd, err := proxy.SOCKS5("tcp", hostPort(pu, "1080"), auth, d.tcp)
		if err != nil {
			return nil, err
		}
		cd, ok := sd.(proxy.ContextDialer)
		if !ok {
			return nil, errors.New("SOCKS5 dialer without DialContext")
		}
		d.socks = cd
	case "http", "https":
		d.httpProxy = pu
		d.proxyAddr = hostPort(pu, map[string]string{"http": "80", "https": "443"}[pu.Scheme])
	default:
		return nil, fmt.Errorf("unsupported proxy scheme %q", pu.Scheme)
	}
	return d, nil
}

// hostPort is the proxy's host:port, with the scheme's default port.
func hostPort(u *url.URL, defPort string) string {
	if p := u.Port(); p != "" {
		defPort = p
	}
	return net.JoinHostPort(u.Hostname(), defPort)
}

// transportProxy is Transport.Proxy for the route: an HTTP(S) proxy for
// plain-http targets only (https targets are tunnelled by DialTLSContext).
func (d *wireDialer) transportProxy() func(*http.Request) (*url.URL, error) {
	if d.httpProxy == nil {
		return nil
	}
	pu := d.httpProxy
	return func(r *http.Request) (*url.URL, error) {
		if r.URL.Scheme == "https" {
			return nil, nil
		}
		return pu, nil
	}
}

// dialStream opens a byte stream to addr along the route: through the SOCKS
// proxy (which resolves the name) or directly.
func (d *wireDialer) dialStream(ctx context.Context, network, addr string) (net.Conn, error) {
	if d.socks != nil {
		return d.socks.DialContext(ctx, network, addr)
	}
	return d.tcp.DialContext(ctx, network, addr)
}

// DialContext is the transport's dialer for plain-HTTP connections: to the
// target (directly or through SOCKS) or to an HTTP proxy.
func (d *wireDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, d.timeout)
	defer cancel()
	conn, err := d.dialStream(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	return newRecordConn(conn, nil, d.maxOut, d.maxIn), nil
}

// DialTLSContext is the transport's dialer for TLS connections: to an https
// target (directly, through SOCKS, or tunnelled through an HTTP(S) proxy),
// or to an https proxy that carries plain-http requests.
func (d *wireDialer) DialTLSContext(ctx context.Context, network, addr string) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, d.timeout)
	defer cancel()
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if d.httpProxy != nil && d.httpProxy.Scheme == "https" && strings.EqualFold(addr, d.proxyAddr) {
		// the transport's own connection to an https proxy (plain-http
		// target): its TLS is the proxy's, not the target's
		raw, err := d.tcp.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		tc, err := d.handshake(ctx, raw, host)
		if err != nil {
			return nil, err
		}
		return newRecordConn(tc, nil, d.maxOut, d.maxIn), nil
	}
	var raw net.Conn
	if d.httpProxy != nil {
		raw, err = d.tunnel(ctx, addr)
	} else {
		raw, err = d.dialStream(ctx, network, addr)
	}
	if err != nil {
		return nil, err
	}
	tc, err := d.handshake(ctx, raw, host)
	if err != nil {
		return nil, err
	}
	return newRecordConn(tc, tlsInfo(tc.ConnectionState()), d.maxOut, d.maxIn), nil
}

// handshake runs a TLS client handshake on conn for host, HTTP/1.1 only.
// It closes conn when the handshake fails.
func (d *wireDialer) handshake(ctx context.Context, conn net.Conn, host string) (*tls.Conn, error) {
	tc := tls.Client(conn, &tls.Config{ServerName: host, RootCAs: d.rootCAs, NextProtos: []string{"http/1.1"}})
	if err := tc.HandshakeContext(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return tc, nil
}

// tunnel opens a CONNECT tunnel to addr through the HTTP(S) proxy. The host
// name goes to the proxy, which resolves it.
func (d *wireDialer) tunnel(ctx context.Context, addr string) (net.Conn, error) {
	conn, err := d.tcp.DialContext(ctx, "tcp", d.proxyAddr)
	if err != nil {
		return nil, err
	}
	if d.httpProxy.Scheme == "https" {
		tc, err := d.handshake(ctx, conn, d.httpProxy.Hostname())
		if err != nil {
			return nil, err
		}
		conn = tc
	}
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) })
	req := "CONNECT " + addr + " HTTP/1.1\r\nHost: " + addr + "\r\n"
	if u := d.httpProxy.User; u != nil {
		pw, _ := u.Password()
		req += "Proxy-Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(u.Username()+":"+pw)) + "\r\n"
	}
	req += "\r\n"
	br := bufio.NewReader(conn)
	var resp *http.Response
	if _, err = io.WriteString(conn, req); err == nil {
		resp, err = http.ReadResponse(br, &http.Request{Method: http.MethodConnect, URL: &url.URL{Opaque: addr}})
	}
	stopped := stop()
	if err == nil && !stopped {
		err = ctx.Err()
	}
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("proxy CONNECT %s: %w", addr, err)
	}
	if resp.StatusCode != http.StatusOK {
		conn.Close()
		return nil, fmt.Errorf("proxy CONNECT %s: %s", addr, resp.Status)
	}
	conn.SetDeadline(time.Time{})
	if br.Buffered() > 0 {
		// the proxy (or the target) spoke before the TLS client did
		pre, _ := br.Peek(br.Buffered())
		return &prefixConn{Conn: conn, r: io.MultiReader(bytes.NewReader(bytes.Clone(pre)), conn)}, nil
	}
	return conn, nil
}

// prefixConn reads bytes already buffered before reading from its conn.
type prefixConn struct {
	net.Conn
	r io.Reader
}

func (c *prefixConn) Read(p []byte) (int, error) { return c.r.Read(p) }
