/** Lets the browser save `text` as a file (an export the API returned in its answer). */
export function downloadText(filename: string, contentType: string, text: string): void {
	downloadBlob(filename, new Blob([text], { type: contentType }));
}

/** Lets the browser save a binary file the API returned base64-encoded (DOCX, PDF). */
export function downloadBase64(filename: string, contentType: string, base64: string): void {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	downloadBlob(filename, new Blob([bytes], { type: contentType }));
}

function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	try {
		const link = document.createElement('a');
		link.href = url;
		link.download = filename;
		link.style.display = 'none';
		document.body.append(link);
		link.click();
		link.remove();
	} finally {
		// Revoked after the click has been handled; the download keeps its own copy.
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}
}
